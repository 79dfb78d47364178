// The satisfaction chart (Apache ECharts, from its webjar): the monthly rate and the target as a dashed line.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var el = document.getElementById('chart');
  if (!el || !window.echarts) return;
  var d = JSON.parse(el.getAttribute('data-chart'));
  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: [d.rateLabel, d.targetLabel] },
    xAxis: { type: 'category', data: d.months, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: function (v) { return Math.max(0, Math.floor(Math.min(v.min, Number(d.target)) - 5)); }, max: 100,
      axisLabel: { formatter: '{value}%' } },
    series: [
      { name: d.rateLabel, type: 'line', data: d.rates.map(function (r) { return r === null ? null : Number(r); }),
        connectNulls: false, symbolSize: 8, label: { show: true, formatter: function (p) { return p.value == null ? '' : p.value.toFixed(2); } } },
      { name: d.targetLabel, type: 'line', data: d.months.map(function () { return Number(d.target); }),
        symbol: 'none', lineStyle: { type: 'dashed', color: '#b00020' }, itemStyle: { color: '#b00020' } }
    ]
  });
  el.setAttribute('data-rendered', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
});

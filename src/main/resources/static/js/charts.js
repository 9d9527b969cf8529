// Draws every element with a data-chart attribute: {"categories": [...], "series": [{"name", "data", "color"}]},
// as horizontal stacked bars. Data come from the page itself (no inline script: the CSP forbids it).
document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
        return;
    }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
        var spec = JSON.parse(element.getAttribute('data-chart'));
        var chart = window.echarts.init(element);
        chart.setOption({
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
            legend: {top: 0},
            grid: {left: 8, right: 24, top: 32, bottom: 8, containLabel: true},
            xAxis: {type: 'value'},
            yAxis: {type: 'category', data: spec.categories, inverse: true},
            series: spec.series.map(function (s) {
                return {name: s.name, type: 'bar', stack: 'total', data: s.data, itemStyle: {color: s.color},
                        label: {show: true, position: 'inside', formatter: function (p) { return p.value || ''; }}};
            })
        });
        window.addEventListener('resize', function () { chart.resize(); });
    });
});

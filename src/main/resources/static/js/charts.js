// Draws every element with a data-chart attribute. The spec comes from the page itself (no inline
// script: the CSP forbids it): {"type": "bar" | "donut" | "line", "categories": [...],
// "series": [{"name", "color", "data", "dashed"}], "links": [an address per category, or ""], "suffix": "%"}.
// Bars are horizontal and stacked; a click on a bar or a slice opens its link.
(function () {
    function option(spec) {
        var suffix = spec.suffix || '';
        if (spec.type === 'donut') {
            var s = spec.series[0];
            return {
                tooltip: {trigger: 'item', formatter: '{b}: {c} ({d}%)'},
                series: [{type: 'pie', radius: ['45%', '72%'], avoidLabelOverlap: true,
                    label: {formatter: '{b}\n{d}%', fontSize: 11},
                    data: spec.categories.map(function (c, i) { return {name: c, value: s.data[i]}; })
                        .filter(function (d) { return d.value > 0; })}]
            };
        }
        if (spec.type === 'line') {
            return {
                tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + suffix; }},
                legend: {top: 0, type: 'scroll'},
                grid: {left: 8, right: 24, top: 40, bottom: 8, containLabel: true},
                xAxis: {type: 'category', data: spec.categories},
                yAxis: {type: 'value', axisLabel: {formatter: '{value}' + suffix}},
                series: spec.series.map(function (s) {
                    // A dashed series (a projection, a threshold) joins its few points across the gaps.
                    return {name: s.name, type: 'line', data: s.data, itemStyle: {color: s.color}, smooth: false,
                            connectNulls: !!s.dashed, lineStyle: {type: s.dashed ? 'dashed' : 'solid'}};
                })
            };
        }
        return {
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
            legend: {top: 0},
            grid: {left: 8, right: 24, top: 32, bottom: 8, containLabel: true},
            xAxis: {type: 'value'},
            yAxis: {type: 'category', data: spec.categories, inverse: true},
            series: spec.series.map(function (s) {
                return {name: s.name, type: 'bar', stack: 'total', data: s.data, itemStyle: {color: s.color},
                        label: {show: true, position: 'inside', formatter: function (p) { return p.value || ''; }}};
            })
        };
    }

    function draw(root) {
        if (!window.echarts) {
            return;
        }
        root.querySelectorAll('[data-chart]').forEach(function (element) {
            if (element.getAttribute('data-drawn')) {
                return;
            }
            element.setAttribute('data-drawn', '1');
            var spec = JSON.parse(element.getAttribute('data-chart'));
            var chart = window.echarts.init(element);
            chart.setOption(option(spec));
            if (spec.links && spec.links.length) {
                chart.on('click', function (p) {
                    var index = spec.categories.indexOf(p.name);
                    if (index >= 0 && spec.links[index]) {
                        window.location.href = spec.links[index];
                    }
                });
            }
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    document.addEventListener('DOMContentLoaded', function () { draw(document); });
    document.addEventListener('htmx:afterSwap', function (event) { draw(event.target); });
})();

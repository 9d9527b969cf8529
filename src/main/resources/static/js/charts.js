// Draws every element with a data-chart attribute. The spec comes from the page itself (no inline
// script: the CSP forbids it): {"type": "bar" | "donut" | "line", "categories": [...],
// "series": [{"name", "color", "data", "dashed"}], "links": [an address per category, or ""], "suffix": "%"}.
// Bars are horizontal and stacked; a click on a bar or a slice opens its link.
(function () {
    // Numbers as Vietnamese write them: 1.234 and 78,95 (never 1,234 or 78.95).
    var whole = new Intl.NumberFormat('vi-VN', {maximumFractionDigits: 0});
    var decimal = new Intl.NumberFormat('vi-VN', {minimumFractionDigits: 2, maximumFractionDigits: 2});

    function number(v, suffix) {
        if (v == null || v === '') {
            return '—';
        }
        // A share is written with two decimals ("78,95%"), a count grouped ("1.234").
        return suffix === '%' ? decimal.format(v) + '%' : whole.format(v) + (suffix || '');
    }

    function option(spec) {
        var suffix = spec.suffix || '';
        var shares = suffix === '%';
        if (spec.type === 'donut') {
            var s = spec.series[0];
            var data = spec.categories.map(function (c, i) { return {name: c, value: s.data[i]}; })
                .filter(function (d) { return d.value > 0; });
            return {
                tooltip: {trigger: 'item', formatter: function (p) {
                    return p.name + ': ' + number(p.value) + ' (' + number(p.percent, '%') + ')';
                }},
                // The legend outside the ring, the share inside the slices wide enough to hold it: no label is cut or overlaps.
                legend: {bottom: 0, type: 'scroll', textStyle: {fontSize: 11}},
                series: [{type: 'pie', radius: ['38%', '66%'], center: ['50%', '42%'],
                    label: {position: 'inside', fontSize: 10, color: '#fff', formatter: function (p) {
                        return p.percent >= 8 ? number(p.percent, '%') : '';
                    }},
                    labelLine: {show: false}, data: data}]
            };
        }
        if (spec.type === 'line') {
            return {
                tooltip: {trigger: 'axis', valueFormatter: function (v) { return number(v, suffix); }},
                legend: {top: 0, type: 'scroll'},
                grid: {left: 8, right: 24, top: 40, bottom: 8, containLabel: true},
                xAxis: {type: 'category', data: spec.categories},
                yAxis: {type: 'value', max: shares ? 100 : null, axisLabel: {formatter: function (v) { return shares ? whole.format(v) + '%' : whole.format(v); }}},
                series: spec.series.map(function (s) {
                    // A dashed series (a projection, a threshold) joins its few points across the gaps.
                    return {name: s.name, type: 'line', data: s.data, itemStyle: {color: s.color}, smooth: false,
                            connectNulls: !!s.dashed, lineStyle: {type: s.dashed ? 'dashed' : 'solid'}};
                })
            };
        }
        // Many bars (a province's communes) keep the chart's height: twelve at a time, the rest a scroll away.
        var zoom = spec.categories.length > 12 ? [{type: 'slider', yAxisIndex: 0, right: 4, width: 14, start: 0,
            end: 100 * 12 / spec.categories.length, showDetail: false}, {type: 'inside', yAxisIndex: 0}] : [];
        return {
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: function (v) { return number(v, suffix); }},
            legend: {top: 0, type: 'scroll'},
            dataZoom: zoom,
            grid: {left: 8, right: zoom.length ? 28 : 24, top: 32, bottom: 8, containLabel: true},
            xAxis: {type: 'value', max: shares ? 100 : null, axisLabel: {formatter: function (v) { return shares ? whole.format(v) + '%' : whole.format(v); }}},
            yAxis: {type: 'category', data: spec.categories, inverse: true},
            series: spec.series.map(function (s) {
                return {name: s.name, type: 'bar', stack: 'total', data: s.data, itemStyle: {color: s.color},
                        label: {show: true, position: 'inside', formatter: function (p) { return p.value ? number(p.value, suffix) : ''; }}};
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

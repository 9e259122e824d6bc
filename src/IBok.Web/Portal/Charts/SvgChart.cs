using System.Globalization;
using System.Net;
using System.Text;

namespace IBok.Web.Portal.Charts;

/// <summary>How a series is drawn.</summary>
public enum ChartKind
{
    /// <summary>One column per point.</summary>
    Column,

    /// <summary>A line through the points.</summary>
    Line,
}

/// <summary>One point of a chart.</summary>
/// <param name="Label">The x-axis label (already formatted for the language).</param>
/// <param name="Value">The value.</param>
/// <param name="IsEstimated">Whether the value rests on an estimate (drawn lighter).</param>
public sealed record ChartPoint(string Label, decimal Value, bool IsEstimated = false);

/// <summary>
/// A chart drawn on the server as inline SVG, so it needs no script and no charting library: an <c>&lt;svg
/// role="img"&gt;</c> named by its <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> (the page puts the same figures in a
/// table beside it), axes with "nice" steps (1, 2, 2.5 or 5 times a power of ten) labelled by <see cref="PortalFormat"/>,
/// colours from CSS classes (the CSP allows no inline styles).
/// </summary>
public static class SvgChart
{
    /// <summary>The drawing's width in user units (it scales to its container).</summary>
    public const int Width = 720;

    /// <summary>The drawing's height in user units.</summary>
    public const int Height = 320;

    private const double Left = 72;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 56;
    private const int MaxXLabels = 12;

    /// <summary>The SVG markup (every text HTML-encoded).</summary>
    /// <param name="id">A page-unique id prefix for the title and description.</param>
    /// <param name="points">The points, in x order.</param>
    /// <param name="kind">Columns or a line.</param>
    /// <param name="title">The accessible name.</param>
    /// <param name="description">The accessible description (what the axes show).</param>
    /// <param name="format">Formats the y-axis labels.</param>
    public static string Render(string id, IReadOnlyList<ChartPoint> points, ChartKind kind, string title, string description, PortalFormat format)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(format);
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart chart-{(kind == ChartKind.Line ? "line" : "column")}\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" ")
            .Append(CultureInfo.InvariantCulture, $"aria-labelledby=\"{Encode(id)}-title {Encode(id)}-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{Encode(id)}-title\">{Encode(title)}</title>")
            .Append(CultureInfo.InvariantCulture, $"<desc id=\"{Encode(id)}-desc\">{Encode(description)}</desc>");

        var axis = Axis.For(points.Select(point => point.Value));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(decimal value) => Top + (plotHeight * (double)((axis.Max - value) / (axis.Max - axis.Min)));

        foreach (var tick in axis.Ticks())
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-grid\" x1=\"{Left:0.#}\" y1=\"{y:0.#}\" x2=\"{Width - Right:0.#}\" y2=\"{y:0.#}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{Left - 8:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Encode(format.Number(tick, axis.Decimals))}</text>");
        }

        var count = points.Count;
        var slot = count == 0 ? plotWidth : plotWidth / count;
        double X(int index) => Left + (slot * (index + 0.5));
        var zero = Y(0m);
        if (kind == ChartKind.Column)
        {
            var barWidth = Math.Max(1, slot * 0.7);
            for (var i = 0; i < count; i++)
            {
                var y = Y(points[i].Value);
                var top = Math.Min(y, zero);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"chart-bar{(points[i].IsEstimated ? " chart-estimated" : "")}\" x=\"{X(i) - (barWidth / 2):0.##}\" y=\"{top:0.##}\" width=\"{barWidth:0.##}\" height=\"{Math.Abs(zero - y):0.##}\"/>");
            }
        }
        else if (count > 0)
        {
            svg.Append("<polyline class=\"chart-line-path\" points=\"");
            for (var i = 0; i < count; i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : " ")}{X(i):0.##},{Y(points[i].Value):0.##}");
            }

            svg.Append("\"/>");
            if (count <= 62)
            {
                for (var i = 0; i < count; i++)
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<circle class=\"chart-point{(points[i].IsEstimated ? " chart-estimated" : "")}\" cx=\"{X(i):0.##}\" cy=\"{Y(points[i].Value):0.##}\" r=\"3.5\"/>");
                }
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-axis\" x1=\"{Left:0.#}\" y1=\"{zero:0.#}\" x2=\"{Width - Right:0.#}\" y2=\"{zero:0.#}\"/>")
            .Append(CultureInfo.InvariantCulture, $"<line class=\"chart-axis\" x1=\"{Left:0.#}\" y1=\"{Top:0.#}\" x2=\"{Left:0.#}\" y2=\"{Height - Bottom:0.#}\"/>");

        // Every n-th label, so at most MaxXLabels fit under the axis.
        var every = Math.Max(1, (int)Math.Ceiling(count / (double)MaxXLabels));
        for (var i = 0; i < count; i += every)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-label\" x=\"{X(i):0.##}\" y=\"{Height - Bottom + 20:0.#}\" text-anchor=\"middle\">{Encode(points[i].Label)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A y-axis from a nice minimum (0 or below) to a nice maximum, in nice steps.</summary>
    internal readonly record struct Axis(decimal Min, decimal Max, decimal Step, int Decimals)
    {
        private const int TargetSteps = 5;

        public static Axis For(IEnumerable<decimal> values)
        {
            var list = values.ToList();
            var high = Math.Max(0m, list.Count == 0 ? 0m : list.Max());
            var low = Math.Min(0m, list.Count == 0 ? 0m : list.Min());
            if (high == low)
            {
                high = low + 1m;
            }

            var step = NiceStep((high - low) / TargetSteps);
            var min = Math.Floor(low / step) * step;
            var max = Math.Ceiling(high / step) * step;
            return new Axis(min, max, step, DecimalsOf(step));
        }

        public IEnumerable<decimal> Ticks()
        {
            for (var tick = Min; tick <= Max; tick += Step)
            {
                yield return tick;
            }
        }

        internal static decimal NiceStep(decimal rough)
        {
            var power = 1m;
            while (power * 10m <= rough)
            {
                power *= 10m;
            }

            while (power > rough && power > 0.001m)
            {
                power /= 10m;
            }

            foreach (var factor in new[] { 1m, 2m, 2.5m, 5m, 10m })
            {
                if (power * factor >= rough)
                {
                    return power * factor;
                }
            }

            return power * 10m;
        }

        private static int DecimalsOf(decimal step)
        {
            var decimals = 0;
            while (step != Math.Round(step, decimals) && decimals < 3)
            {
                decimals++;
            }

            return decimals;
        }
    }
}

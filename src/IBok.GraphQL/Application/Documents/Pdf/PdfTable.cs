namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>A table column: its heading, width in points, and whether its cells align right (numbers).</summary>
public sealed record PdfColumn(string Heading, double Width, bool AlignRight = false);

/// <summary>
/// Writes a ruled table down a <see cref="PageFlow"/>: a shaded heading row, rows whose cells wrap within their
/// columns, and the heading repeated at the top of each new page.
/// </summary>
public sealed class PdfTable
{
    private const double Padding = 3;
    private readonly PageFlow _flow;
    private readonly IReadOnlyList<PdfColumn> _columns;
    private readonly double _left;
    private readonly double _size;

    /// <summary>A table starting at <paramref name="left"/> with text of <paramref name="size"/> points.</summary>
    public PdfTable(PageFlow flow, IReadOnlyList<PdfColumn> columns, double left = PageFlow.Left, double size = 7.5)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(columns);
        _flow = flow;
        _columns = columns;
        _left = left;
        _size = size;
    }

    private double LineHeight => _size * 1.3;

    private double TotalWidth => _columns.Sum(column => column.Width);

    /// <summary>Writes the heading row.</summary>
    public void Heading()
    {
        var cells = Layout(_columns.Select(column => column.Heading).ToList(), _flow.Document.Bold);
        var height = RowHeight(cells);
        _flow.Ensure(height + LineHeight + (2 * Padding));
        _flow.Page.FillRectangle(_left, _flow.Y, TotalWidth, height, 0.9);
        Draw(cells, _flow.Document.Bold, height);
    }

    /// <summary>Writes a row; a row that does not fit goes to a new page under a repeated heading.</summary>
    public void Row(IReadOnlyList<string> cells, bool bold = false, double? shade = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var font = bold ? _flow.Document.Bold : _flow.Document.Regular;
        var lines = Layout(cells, font);
        var height = RowHeight(lines);
        if (_flow.Ensure(height))
        {
            Heading();
        }

        if (shade is { } gray)
        {
            _flow.Page.FillRectangle(_left, _flow.Y, TotalWidth, height, gray);
        }

        Draw(lines, font, height);
    }

    /// <summary>A full-width row of one text (e.g. "Przed korektą"), bold.</summary>
    public void Caption(string text)
    {
        var lines = PageFlow.Wrap(_flow.Document.Bold, _size, text, TotalWidth - (2 * Padding));
        var height = (lines.Count * LineHeight) + (2 * Padding);
        if (_flow.Ensure(height + LineHeight + (2 * Padding)))
        {
            Heading();
        }

        _flow.Page.FillRectangle(_left, _flow.Y, TotalWidth, height, 0.96);
        for (var i = 0; i < lines.Count; i++)
        {
            _flow.Page.Text(_flow.Document.Bold, _size, _left + Padding, _flow.Y + Padding + (_size * 0.95) + (i * LineHeight), lines[i]);
        }

        _flow.Page.Line(_left, _flow.Y + height, _left + TotalWidth, _flow.Y + height, 0.3, 0.6);
        _flow.Y += height;
    }

    private List<IReadOnlyList<string>> Layout(IReadOnlyList<string> cells, PdfFont font)
    {
        if (cells.Count != _columns.Count)
        {
            throw new ArgumentException($"A row of this table has {_columns.Count} cells; got {cells.Count}.", nameof(cells));
        }

        return [.. cells.Select((text, index) => PageFlow.Wrap(font, _size, text, _columns[index].Width - (2 * Padding)))];
    }

    private double RowHeight(List<IReadOnlyList<string>> cells) => (cells.Max(lines => lines.Count) * LineHeight) + (2 * Padding);

    private void Draw(List<IReadOnlyList<string>> cells, PdfFont font, double height)
    {
        var page = _flow.Page;
        var x = _left;
        for (var index = 0; index < _columns.Count; index++)
        {
            var column = _columns[index];
            var lines = cells[index];
            for (var i = 0; i < lines.Count; i++)
            {
                var baseline = _flow.Y + Padding + (_size * 0.95) + (i * LineHeight);
                if (column.AlignRight)
                {
                    page.TextRight(font, _size, x + column.Width - Padding, baseline, lines[i]);
                }
                else
                {
                    page.Text(font, _size, x + Padding, baseline, lines[i]);
                }
            }

            x += column.Width;
        }

        page.Line(_left, _flow.Y + height, _left + TotalWidth, _flow.Y + height, 0.3, 0.6);
        _flow.Y += height;
    }
}

using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Documents;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Forms;

/// <summary>A downloadable form as the list shows it (without its content).</summary>
/// <param name="Id">The document id (its download is <c>/files/forms/{id}</c>).</param>
/// <param name="Title">The title.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Category">Its group, or null.</param>
/// <param name="FileName">The file name.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="SizeBytes">The size.</param>
public sealed record FormListItem(long Id, string Title, string? Description, string? Category, string FileName, string ContentType, long SizeBytes);

/// <summary>The utility's forms to download, grouped by category, then by title.</summary>
public sealed class IndexModel(IBokDbContext db) : PortalPageModel
{
    /// <summary>The forms by category (forms without one last, under "Inne").</summary>
    public IReadOnlyList<IGrouping<string?, FormListItem>> Groups { get; private set; } = [];

    /// <summary>Lists the forms.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var forms = await db.Set<DocumentRow>().AsNoTracking()
            .Select(row => new FormListItem(row.Id, row.Title, row.Description, row.Category, row.FileName, row.ContentType, row.SizeBytes))
            .ToListAsync(cancellationToken);
        Groups = [.. forms
            .OrderBy(form => form.Category is null).ThenBy(form => form.Category, StringComparer.Ordinal)
            .ThenBy(form => form.Title, StringComparer.Ordinal).ThenBy(form => form.Id)
            .GroupBy(form => form.Category)];
    }

    /// <summary>The file's kind for people: PDF, DOCX, ...</summary>
    public static string FileKind(FormListItem form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var extension = Path.GetExtension(form.FileName);
        return extension.Length > 1 ? extension[1..].ToUpperInvariant() : form.ContentType;
    }
}

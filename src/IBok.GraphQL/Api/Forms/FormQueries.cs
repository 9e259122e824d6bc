using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Documents;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Api.Forms;

/// <summary>A form the utility publishes for download (druk do pobrania), e.g. a request for a new connection.</summary>
/// <param name="Title">The title.</param>
/// <param name="Description">What the form is for.</param>
/// <param name="Category">The group it is listed under.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="File">The file to download.</param>
public sealed record DownloadableForm(string Title, string? Description, string? Category, DateTime PublishedAt, FileReference File);

/// <summary>Root fields for the utility's public documents.</summary>
[QueryType]
public sealed class FormQueries
{
    /// <summary>The forms to download, by category and title; public, no sign-in needed.</summary>
    /// <param name="category">Only the forms of this category.</param>
    public Task<IReadOnlyList<DownloadableForm>> DownloadableForms(string? category, [Service] ReadDatabase database, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<DownloadableForm>>(
            async (db, token) =>
            {
                var rows = await db.Set<DocumentRow>().AsNoTracking()
                    .Where(row => category == null || row.Category == category)
                    .Select(row => new { row.Id, row.Title, row.Description, row.Category, row.PublishedAt, row.FileName, row.ContentType, row.SizeBytes })
                    .ToListAsync(token).ConfigureAwait(false);
                return [.. rows
                    .OrderBy(row => row.Category, StringComparer.Ordinal).ThenBy(row => row.Title, StringComparer.Ordinal).ThenBy(row => row.Id)
                    .Select(row => new DownloadableForm(row.Title, row.Description, row.Category, row.PublishedAt,
                        new FileReference(row.FileName, row.ContentType, row.SizeBytes, FileReference.FormPath(row.Id))))];
            },
            cancellationToken);
}

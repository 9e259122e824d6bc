using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// A query compiled once per EF Core model (<c>EF.CompileAsyncQuery</c>), for reads on every request's hot path.
/// </summary>
/// <remarks>A compiled query delegate keeps the first model it ran against; a process with contexts for two providers
/// (the tests run SQLite and PostgreSQL side by side) needs one compilation per model, or PostgreSQL would run SQLite's
/// SQL.</remarks>
/// <typeparam name="TQuery">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
/// <param name="compile">Compiles the query (called once per model).</param>
public sealed class ModelCompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    /// <summary>The query compiled for <paramref name="context"/>'s model.</summary>
    public TQuery For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _byModel.GetValue(context.Model, _ => compile());
    }
}

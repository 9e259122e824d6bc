using System.Data;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Tests.Persistence.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace IBok.GraphQL.Tests.Persistence;

/// <summary>
/// On SQLite a pooled context keeps its connection open while it waits in the pool: nothing of one request may
/// reach the next through that connection (transaction, a reader's snapshot), and the kept-open connections stay
/// bounded. The test databases do not pool native connections (<c>Pooling=False</c>), so a connection closed and
/// opened again has a new native handle.
/// </summary>
public sealed class KeptOpenConnectionTests
{
    private const string NameById = "SELECT name FROM customers WHERE id = @id";

    [Fact]
    public async Task Rent_AfterACleanRequest_GetsTheSameOpenConnection()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, _) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);

        sqlite3 handleOfFirstRequest;
        await using (var request = services.CreateAsyncScope())
        {
            var context = Rent(request);
            Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", await context.Set<CustomerRow>().Where(row => row.Id == first).Select(row => row.Name).SingleAsync());
            handleOfFirstRequest = Handle(context);
        }

        await using var next = services.CreateAsyncScope();
        var rented = Rent(next);
        Assert.Equal(ConnectionState.Open, rented.Database.GetDbConnection().State);
        Assert.Same(handleOfFirstRequest, Handle(rented));
    }

    [Fact]
    public async Task ReusableCommandRent_SingleRowReadThenAnotherConnectionCommits_NextRequestSeesTheCommit()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, _) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);

        async Task<string> ReadNameAsync()
        {
            await using var request = services.CreateAsyncScope();
            var context = Rent(request);
            await using var statement = ReusableCommand.Rent(context, NameById);
            var parameter = statement.Command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = first;
            statement.Command.Parameters.Add(parameter);
            await using var reader = await statement.Command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow);
            Assert.True(await reader.ReadAsync());
            return reader.GetString(0);
        }

        var before = await ReadNameAsync();
        await using (var other = await OpenOtherAsync(database))
        {
            Assert.Equal(1, await ExecuteAsync(other, $"UPDATE customers SET name = 'Zmieniona' WHERE id = {first}"));
        }

        var after = await ReadNameAsync();

        Assert.Equal(("Łucja Żółć-Gęślą 1 Sp. z o.o.", "Zmieniona"), (before, after));
    }

    [Fact]
    public async Task CloseKeptOpenConnection_LongLivedScope_HoldsNoConnectionAndStillReadsPerStatement()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, _) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);

        await using var socketScope = services.CreateAsyncScope();
        var context = Rent(socketScope);
        context.CloseKeptOpenConnection();

        Assert.Equal(ConnectionState.Closed, context.Database.GetDbConnection().State);
        Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", await context.Set<CustomerRow>().Where(row => row.Id == first).Select(row => row.Name).SingleAsync());
        Assert.Equal(ConnectionState.Closed, context.Database.GetDbConnection().State);
    }

    [Theory]
    [InlineData("ef")]
    [InlineData("sql")]
    public async Task Return_FailedHalfWayInATransaction_NextRenterHasNoTransactionAndSeesCommittedDataOnly(string transactionKind)
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, _) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);

        var requestFailed = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var request = services.CreateAsyncScope();
            var failed = Rent(request);
            if (transactionKind == "ef")
            {
                await failed.Database.BeginTransactionAsync();
            }
            else
            {
                // A transaction EF Core does not know about: its reset cannot roll it back.
                await failed.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE");
            }

            await failed.Set<CustomerRow>().Where(row => row.Id == first).ExecuteUpdateAsync(set => set.SetProperty(row => row.Name, "W transakcji"));
            Assert.Equal("W transakcji", await failed.Set<CustomerRow>().Where(row => row.Id == first).Select(row => row.Name).SingleAsync());
            throw new InvalidOperationException("The request failed half way.");
        });
        Assert.Equal("The request failed half way.", requestFailed.Message);

        await using var next = services.CreateAsyncScope();
        var context = Rent(next);
        Assert.Equal(ConnectionState.Open, context.Database.GetDbConnection().State);
        Assert.Null(context.Database.CurrentTransaction);
        Assert.Equal(1, raw.sqlite3_get_autocommit(Handle(context)));
        Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", await context.Set<CustomerRow>().Where(row => row.Id == first).Select(row => row.Name).SingleAsync());
        // Another connection can write: no lock of the failed request is left.
        await using var other = await OpenOtherAsync(database);
        Assert.Equal(1, await ExecuteAsync(other, $"UPDATE customers SET name = 'Po awarii' WHERE id = {first}"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rent_AfterAnotherConnectionCommittedBetweenRents_SeesTheCommittedData(bool previousRequestLeakedAReader)
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, second) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);

        await using (var request = services.CreateAsyncScope())
        {
            var context = Rent(request);
            Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", await context.Set<CustomerRow>().Where(row => row.Id == first).Select(row => row.Name).SingleAsync());
            if (previousRequestLeakedAReader)
            {
                // A reader stopped after its first row and never disposed holds its read snapshot.
                var command = context.Database.GetDbConnection().CreateCommand();
                command.CommandText = "SELECT name FROM customers ORDER BY id";
                var reader = await command.ExecuteReaderAsync();
                Assert.True(await reader.ReadAsync());
                Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", reader.GetString(0));
            }
        }

        await using (var other = await OpenOtherAsync(database))
        {
            Assert.Equal(1, await ExecuteAsync(other, $"UPDATE customers SET name = 'Zmienione obok' WHERE id = {first}"));
            Assert.Equal(1, await ExecuteAsync(other, $"UPDATE customers SET name = 'Też zmienione' WHERE id = {second}"));
            // The idle pooled connection holds no snapshot, so a checkpoint copies the whole WAL back and truncates it.
            Assert.Equal(new long[] { 0, 0, 0 }, await CheckpointAsync(other));
        }

        await using var next = services.CreateAsyncScope();
        var rented = Rent(next);
        Assert.Equal(
            ["Zmienione obok", "Też zmienione"],
            await rented.Set<CustomerRow>().OrderBy(row => row.Id).Select(row => row.Name).ToListAsync());
    }

    [Fact]
    public async Task Return_ManyConcurrentRequests_KeepsAtMostSqliteOpenConnectionsOpen()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, _) = await SeedTwoCustomersAsync(database);
        await using var services = new ServiceCollection()
            .AddIBokPersistence(database.Options with { SqliteOpenConnections = 3 })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var requests = Enumerable.Range(0, 10).Select(_ => services.CreateAsyncScope()).ToList();
        var contexts = requests.Select(Rent).ToList();
        var connections = contexts.Select(context => context.Database.GetDbConnection()).ToList();
        foreach (var context in contexts)
        {
            Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", await context.Set<CustomerRow>().Where(row => row.Id == first).Select(row => row.Name).SingleAsync());
        }

        Assert.Equal(10, connections.Distinct().Count());
        Assert.All(connections, connection => Assert.Equal(ConnectionState.Open, connection.State));
        await Task.WhenAll(requests.Select(request => request.DisposeAsync().AsTask()));

        Assert.Equal(3, connections.Count(connection => connection.State == ConnectionState.Open));
    }

    [Fact]
    public async Task Return_MoreConcurrentRequestsThanThePoolKeeps_ClosesTheConnectionsOfTheContextsItDrops()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        await using var services = PooledServices(database, poolSize: 2);

        var requests = Enumerable.Range(0, 5).Select(_ => services.CreateAsyncScope()).ToList();
        var connections = requests.Select(request => Rent(request).Database.GetDbConnection()).ToList();
        Assert.All(connections, connection => Assert.Equal(ConnectionState.Open, connection.State));
        await Task.WhenAll(requests.Select(request => request.DisposeAsync().AsTask()));

        Assert.Equal(2, connections.Count(connection => connection.State == ConnectionState.Open));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReusableCommandRent_SameSqlInTwoRequests_SqliteReusesThePreparedCommandPostgreSqlDoesNot(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (first, second) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);

        var commands = new List<System.Data.Common.DbCommand>();
        var names = new List<string?>();
        foreach (var id in new[] { first, second })
        {
            await using var request = services.CreateAsyncScope();
            var context = Rent(request);
            await context.Database.OpenConnectionAsync();
            await using var statement = ReusableCommand.Rent(context, NameById);
            var parameter = statement.Command.CreateParameter();
            parameter.ParameterName = "@id";
            parameter.Value = id;
            statement.Command.Parameters.Add(parameter);
            names.Add((string?)await statement.Command.ExecuteScalarAsync());
            commands.Add(statement.Command);
        }

        Assert.Equal(["Łucja Żółć-Gęślą 1 Sp. z o.o.", "Łucja Żółć-Gęślą 2 Sp. z o.o."], names);
        if (provider == "sqlite")
        {
            Assert.Same(commands[0], commands[1]);
        }
        else
        {
            // Npgsql may hand out its own recycled command object; what matters is that none is cached here.
            await using var request = services.CreateAsyncScope();
            Assert.Null(Rent(request).KeptOpenConnection);
        }
    }

    [Fact]
    public async Task ReusableCommandSetParameter_SameSqlInTwoRequests_ReusesTheParameterWithTheNewValue()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, second) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);

        var parameters = new List<System.Data.Common.DbParameter>();
        var names = new List<string?>();
        var countsWhenRented = new List<int>();
        foreach (var id in new[] { first, second })
        {
            await using var request = services.CreateAsyncScope();
            var context = Rent(request);
            await using var statement = ReusableCommand.Rent(context, NameById);
            countsWhenRented.Add(statement.Command.Parameters.Count);
            statement.SetParameter("@id", id);
            names.Add((string?)await statement.Command.ExecuteScalarAsync());
            parameters.Add(statement.Command.Parameters[0]);
        }

        Assert.Equal([0, 0], countsWhenRented);
        Assert.Equal(["Łucja Żółć-Gęślą 1 Sp. z o.o.", "Łucja Żółć-Gęślą 2 Sp. z o.o."], names);
        Assert.Same(parameters[0], parameters[1]);
        // Given back, the parameter keeps nothing of the request that set it.
        Assert.Null(parameters[1].Value);
    }

    [Fact]
    public async Task ReusableCommandSetParameter_ParametersAddedDirectlyInManyRequests_CommandStartsEmptyEachTime()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, _) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);

        var counts = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            await using var request = services.CreateAsyncScope();
            await using var statement = ReusableCommand.Rent(Rent(request), NameById);
            counts.Add(statement.Command.Parameters.Count);
            statement.Command.Parameters.Add(new SqliteParameter("@id", first));
            statement.SetParameter("@unused", 1);
            counts.Add(statement.Command.Parameters.Count);
        }

        Assert.Equal([0, 2, 0, 2, 0, 2], counts);
    }

    [Fact]
    public async Task ReusableCommandRent_WhileTheCachedOneIsInUse_GivesAnotherCommand()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, second) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);
        await using var request = services.CreateAsyncScope();
        var context = Rent(request);

        await using var outer = ReusableCommand.Rent(context, NameById);
        await using var inner = ReusableCommand.Rent(context, NameById);
        outer.Command.Parameters.Add(new SqliteParameter("@id", first));
        inner.Command.Parameters.Add(new SqliteParameter("@id", second));

        Assert.NotSame(outer.Command, inner.Command);
        Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", await outer.Command.ExecuteScalarAsync());
        Assert.Equal("Łucja Żółć-Gęślą 2 Sp. z o.o.", await inner.Command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ReusableCommandRent_AfterTheConnectionWasClosed_PreparesANewCommand()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var (first, _) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database, poolSize: 1);

        System.Data.Common.DbCommand firstCommand;
        await using (var request = services.CreateAsyncScope())
        {
            var context = Rent(request);
            using (var statement = ReusableCommand.Rent(context, NameById))
            {
                firstCommand = statement.Command;
            }

            // A transaction left open makes the pool close the connection, which disposes its commands.
            await context.Database.ExecuteSqlRawAsync("BEGIN");
        }

        await using var next = services.CreateAsyncScope();
        var rented = Rent(next);
        await using var again = ReusableCommand.Rent(rented, NameById);
        again.Command.Parameters.Add(new SqliteParameter("@id", first));

        Assert.NotSame(firstCommand, again.Command);
        Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", await again.Command.ExecuteScalarAsync());
    }

    [Fact]
    public void AddIBokPersistence_SqliteOpenConnectionsZero_IsRefused()
    {
        var options = new DatabaseOptions { SqliteOpenConnections = 0 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddIBokPersistence(options));

        Assert.StartsWith("Database:SqliteOpenConnections must be at least 1.", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider PooledServices(TestDatabase database, int poolSize) =>
        new ServiceCollection()
            .AddIBokPersistence(database.Options with { ContextPoolSize = poolSize })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

    private static IBokDbContext Rent(AsyncServiceScope request)
    {
        request.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        return request.ServiceProvider.GetRequiredService<IBokDbContext>();
    }

    private static sqlite3 Handle(IBokDbContext context) => ((SqliteConnection)context.Database.GetDbConnection()).Handle!;

    private static async Task<SqliteConnection> OpenOtherAsync(TestDatabase database)
    {
        var connection = new SqliteConnection(database.Options.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<long[]> CheckpointAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return [reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)];
    }

    private static async Task<(long First, long Second)> SeedTwoCustomersAsync(TestDatabase database)
    {
        await using var seed = database.CreateContext();
        var notice = await CoreRows.AddSharedAsync(seed);
        await CoreRows.AddCustomerAsync(seed, 1, notice.Id);
        await CoreRows.AddCustomerAsync(seed, 2, notice.Id);
        var ids = await seed.Set<CustomerRow>().OrderBy(row => row.Number).Select(row => row.Id).ToListAsync();
        return (ids[0], ids[1]);
    }
}

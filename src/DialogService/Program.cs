var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>The dialog service host; public so that tests can start it.</summary>
public partial class Program;

using DialogTokens.Fuzz;
using SharpFuzz;

// DialogTokens.Fuzz <target>              under afl-fuzz: SharpFuzz's in-process loop, one input after another.
// DialogTokens.Fuzz <target> <file>...    an uninstrumented build only: runs each file once and lets an exception
//                                          escape, to reproduce a crash (instrumented code needs AFL's shared memory).
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: DialogTokens.Fuzz <{string.Join('|', FuzzTargets.Names)}> [input file...]");
    return 2;
}

if (args.Length > 1)
{
    var replayed = FuzzTargets.Create(args[0]);
    foreach (var file in args[1..])
    {
        Console.WriteLine($"{file}: {replayed.Run(File.ReadAllBytes(file))}");
    }

    return 0;
}

// Created on the first input: the instrumented assemblies write to AFL's map, which exists only inside Fuzzer.Run.
IFuzzTarget? target = null;
var buffer = new MemoryStream();
Fuzzer.Run(stream =>
{
    target ??= FuzzTargets.Create(args[0]);
    buffer.SetLength(0);
    stream.CopyTo(buffer);
    _ = target.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
});
return 0;

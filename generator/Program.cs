return RunnersQA.Cli.CommandLine.Run(args, Console.Out, Console.Error,
    RunnersQA.Diagnostics.Invocation.Detect(AppContext.BaseDirectory, Directory.GetCurrentDirectory()));

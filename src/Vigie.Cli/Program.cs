using Vigie.Cli;

return VigieCommandLine.Run(args);

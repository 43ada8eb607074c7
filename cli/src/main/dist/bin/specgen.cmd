@echo off
rem Specgen's command line: runs lib\specgen.jar with JVM settings chosen for a short batch run
rem (C1 compiler only, serial collector, parallel for diff; see bin/specgen for why). JAVA_HOME picks the JDK (17 or newer),
rem SPECGEN_JAVA_OPTS adds JVM options after the launcher's (unlike bin/specgen, naming a collector there fails).
setlocal
set "HOME_DIR=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
set "COLLECTOR=-XX:+UseSerialGC"
if "%~1"=="diff" set "COLLECTOR=-XX:+UseParallelGC -Xmn256m"
"%JAVA_EXE%" %COLLECTOR% -XX:TieredStopAtLevel=1 %SPECGEN_JAVA_OPTS% -jar "%HOME_DIR%\lib\specgen.jar" %*
exit /b %ERRORLEVEL%

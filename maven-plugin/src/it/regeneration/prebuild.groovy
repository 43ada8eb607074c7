// A file of the user's own in the generated package: Specgen must never touch it.
def mine = new File(basedir, 'target/generated-sources/specgen/com/example/tasks/Handwritten.java')
mine.parentFile.mkdirs()
mine.text = 'package com.example.tasks;\n\n/** Written by hand. */\npublic final class Handwritten {}\n'
true

// mvn verify site: the db-lifecycle report page shows both forks on their two clones, next to the Failsafe report.
def checks = evaluate(new File(itShared, 'checks.groovy'))
assert checks.log(basedir).contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
def markers = checks.twoWorkersFourClasses(basedir)
def databases = markers*.getProperty('db-lifecycle.database') as Set

def site = new File(basedir, 'target/site')
def page = new File(site, 'db-lifecycle-report.html')
assert page.isFile() : "no report page in ${site.list()}"
def html = page.text
assert html.contains('db-lifecycle: databases and forks')
databases.each { assert html.contains(it) : "the report does not name the clone ${it}" }
['fork 1 (pid ', 'fork 2 (pid '].each { assert html.contains(it) : "the report does not name ${it}" }
['AlphaIT', 'BravoIT', 'CharlieIT', 'DeltaIT'].each { assert html.contains("it.dblc.${it}") : it }
assert html.contains('built from 2 script(s), 4 statement(s)')
assert html.contains('dropped 3 database(s)') : 'teardown result missing'
assert !html.contains('<script') || !(html =~ /<svg[\s\S]*<script[\s\S]*<\/svg>/) : 'the timeline needs no JavaScript'

// The timeline: one SVG, one lane per fork, each lane with its clone's creation and its test classes.
def svg = (html =~ /(?s)<svg.*?<\/svg>/)
assert svg.size() == 1 : 'expected exactly one SVG'
def lanes = (svg[0] =~ /<g class="lane"/).size()
assert lanes == 2 : "expected one lane per fork (2), found ${lanes}"
assert (svg[0] =~ /<g class="bar clone"/).size() == 2
assert (svg[0] =~ /<g class="bar test passed"/).size() == 4
def parsed = new groovy.xml.XmlSlurper().parseText(svg[0]) // well-formed
assert parsed.g.findAll { it.@class == 'lane' }.size() == 2

// Next to the Failsafe report, and listed with the project's reports.
assert new File(site, 'failsafe.html').isFile() : "no failsafe report in ${site.list()}"
assert new File(site, 'project-reports.html').text.contains('db-lifecycle-report.html')

// The data under target/ and the site never hold the password.
def leaks = []
[new File(basedir, 'target/db-lifecycle-report'), site].each { dir ->
    dir.eachFileRecurse { f -> if (f.isFile() && f.text.contains('site-report-s3cret')) leaks << f }
}
assert leaks.isEmpty() : "password written to ${leaks}"
true

// The goal on its own: the same page, skinned, in target/reports.
def alone = new File(basedir, 'target/reports/db-lifecycle-report.html')
assert alone.isFile() : 'db-lifecycle:report wrote no page'
def aloneHtml = alone.text
assert aloneHtml.contains('db-lifecycle: databases and forks')
databases.each { assert aloneHtml.contains(it) : "the standalone page does not name the clone ${it}" }
assert (aloneHtml =~ /<g class="lane"/).size() == 2

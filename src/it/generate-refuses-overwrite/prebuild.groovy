// An earlier registration that has not been stored yet.
def file = new File(basedir, 'target/addin/new-registration.properties')
file.parentFile.mkdirs()
file.text = 'clientId=earlier\n'
true

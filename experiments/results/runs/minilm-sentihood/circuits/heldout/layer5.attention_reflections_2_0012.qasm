// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4573201972114995) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a536e701cd8b892d7e42624dbd4bf83ce913684ef3b9d6dd1ddf4859bd499f8a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7319428579591314) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7540bbebc234c373bac7bc1e489143614d72127ce62aa3778ff39ab7566deea6

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.354137373352509) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e950d26fc26749b21ccb5a483fad8eb5d78ded331aff05d7df1edbcc9abfb85

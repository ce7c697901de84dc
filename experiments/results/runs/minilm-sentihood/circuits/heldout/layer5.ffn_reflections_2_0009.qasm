// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.39083414853388) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 be71863a5ce10c095c7c00cd9dd5d3787a0984bcc92bd282bd192b7a84f0e23d

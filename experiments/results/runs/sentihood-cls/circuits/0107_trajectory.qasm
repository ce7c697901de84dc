// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.641755854542465) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bbf83401f11d7d5985acc9fc8b8dbc5d288f7e4cba6768e4783a24a20a32c78b

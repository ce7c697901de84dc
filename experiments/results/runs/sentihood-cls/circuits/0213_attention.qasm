// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.472821790433471) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6bde40893e4ea733498bf8e571b41c3fca66ced4ba82f94dcc03d5733255f5ca

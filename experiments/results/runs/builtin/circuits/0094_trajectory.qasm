// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0723555470023136) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e16305f17edd610d2ee2aa8e42fe9972d4a4b10ac542ab64af01ee4dff6add3b

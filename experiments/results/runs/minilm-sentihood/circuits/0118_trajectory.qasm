// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3272722785303999) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0a611bb1bd7ad55ae99a0cc99cad59ff2cb1641e0820a43fafe8e4bea4e86086

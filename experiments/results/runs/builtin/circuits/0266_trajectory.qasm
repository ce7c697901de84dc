// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7301590499307515) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4fcbb82240aa20f25a7a78b69fe75f35cf7e8d1ff0f0c08f52664a4c51436aca

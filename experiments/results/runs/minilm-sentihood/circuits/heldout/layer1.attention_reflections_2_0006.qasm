// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9619177916947068) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae410daeae22182f4bf22aa409d5210c22c6ee73e66dce4117a995b8551eab91

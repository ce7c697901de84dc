// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4249787617189673) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 89f44bd55765c1c4a1080faa04e6244defc94068806ca70b6dd4991b1ec427d1

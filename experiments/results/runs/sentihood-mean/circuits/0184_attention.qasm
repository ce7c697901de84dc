// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9331544004902875) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c8baa81d8d3cd38a911ddcd3fef9bfd5ea83f930ef1a9ddac505ea409e5c833c

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23443576365774543) q[0];
ry(1.730463881373976) q[0];
rz(0.03795290354953673) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7f0b7ffe645b126d658b239f42061ea0349ce346ce098969d671816919a12f5c

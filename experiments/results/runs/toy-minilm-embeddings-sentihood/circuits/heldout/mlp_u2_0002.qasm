// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09054428752625032) q[0];
ry(1.8340747934542077) q[0];
rz(0.023624129672378036) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 81195dbfb63969f29e4a0e2535fd9acf6af41e5904ab3d3a5845406bbd5ade22

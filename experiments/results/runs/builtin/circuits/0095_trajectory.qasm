// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.34501423799327846) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8761fe3ccbd3252cdba441a849ef7e494f32af34c06c8cc4a782ed1a690bd947

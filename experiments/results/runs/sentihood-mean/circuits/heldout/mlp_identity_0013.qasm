// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7011456984463752) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a38aa80cee518e47921ceded291651234e106740d231496126f347f49cf8e68

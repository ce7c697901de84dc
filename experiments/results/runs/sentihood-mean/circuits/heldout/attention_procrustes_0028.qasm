// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4872205965145417) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 01a19e70caaccea96d3154be5e1217610164ea9dd363d896f1141929a83311ea

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.262283959412247) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 86f88cdcfd2a567adee5bdd48017f0c6a5ccf5bf10838ef7f5928f4fe28ff07b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25262226671614574) q[0];
ry(2.089583038477584) q[0];
rz(0.12729915803996583) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 16761ee7c59b752a215d4d3146fa4e3591b1def3671714ca0a0d3d78fe8f3be3

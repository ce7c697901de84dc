// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0159746197421637) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d1f5a19296bc291037eef885fe8da148c0e260638c862c8a256eb492c37817b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5408246184965455) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 577a4e72a95d1ce4c21e495ccc1fc9b0eaa0a95fb36ad06b20c43865eea1eebb

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5262076547796863) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 326bd51907a8db87eb2251c9391b66c793f582c032874fe8fc113ef8ab894d3f

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7039383274969174) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8aacc88aabd79de47f2fbf134cde09562f2a4facb74412c1bcb9be78690db02b

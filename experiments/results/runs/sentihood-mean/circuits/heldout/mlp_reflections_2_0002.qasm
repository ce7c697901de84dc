// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7681375018488352) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f7ce3d1dd065942456c9e7bcf190a392950e081c13dd062f36feae53e73d6452

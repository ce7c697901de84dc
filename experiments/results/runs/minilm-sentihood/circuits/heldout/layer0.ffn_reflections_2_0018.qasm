// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.985972593848433) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cfb56ca9ee7822cf916677bb57c505c672671a8dbb2931c7a3fa10daac099e2a

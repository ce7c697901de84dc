// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5065455290315521) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0c92096f5db6cbfc0da4cd17d1927064ff6f6ae5fe9eb432fe3a5216f2ad416c

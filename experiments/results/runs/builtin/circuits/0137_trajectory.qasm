// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0206713326333388) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 989f7dd4038229f850773c9c91e793303e49fffb2e3a84190b62721085d770ed

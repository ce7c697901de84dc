// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.423107606448513) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ca29a37e38e08ec7d2735f8977dd3489beedbb7137703f8625dc1fbe9a32666

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7620793351614767) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ebc3c54ab226d9af77b2d807ec4b5b89be97f143582afccbfc13e27c2b6113e2

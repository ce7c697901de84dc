// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.606513002342327) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d01846d4fa1e1a83f3666373459ccfcc853caf9045efdfe3536794f816b5f2d5

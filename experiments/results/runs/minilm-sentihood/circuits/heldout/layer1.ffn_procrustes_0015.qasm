// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7303572836936838) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b35ef2fc56a343f9979cca164a98aa69ee538254b8bf55beb0e649e121362fa7

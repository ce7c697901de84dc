// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.475393964412553) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 88f586d11b5b8b67456441af929e85619efe3f869537870488906fbd9e14db93

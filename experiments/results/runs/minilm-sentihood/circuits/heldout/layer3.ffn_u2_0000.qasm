// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24131018598701237) q[0];
ry(1.369579976370532) q[0];
rz(-0.04914741195375605) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02020c0c9b239524dbd15661f2be081714388cf636080d0958c2b01b093c773d

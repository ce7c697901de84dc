// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0766111461211438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b6b77fef3ce618f1fd6868eaea82ad594367e44afc0b6fac47da30e84daeba4
